/** Builds DOM with text set as text (never HTML). `props` may set attributes (strings) and listeners (on*). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string | number | boolean | EventListener | undefined> = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (name === 'className') element.className = String(value);
    else if (name === 'text') element.textContent = String(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== null && child !== undefined) element.append(child);
  return element;
}

/** A labelled number input whose label is its accessible name. */
export function numberField(
  label: string,
  value: number,
  onCommit: (value: number) => void,
  options: { step?: string; min?: number; max?: number; id?: string } = {},
): { wrapper: HTMLLabelElement; input: HTMLInputElement } {
  const input = h('input', {
    type: 'number',
    step: options.step ?? 'any',
    min: options.min,
    max: options.max,
    id: options.id,
  }) as HTMLInputElement;
  input.value = String(value);
  input.addEventListener('change', () => {
    const parsed = Number(input.value);
    if (input.value.trim() !== '' && Number.isFinite(parsed)) onCommit(parsed);
  });
  const wrapper = h('label', { className: 'field' }, h('span', { text: label }), input);
  return { wrapper, input };
}

export function checkbox(
  label: string,
  checked: boolean,
  onChange: (checked: boolean) => void,
): { wrapper: HTMLLabelElement; input: HTMLInputElement } {
  const input = h('input', { type: 'checkbox' }) as HTMLInputElement;
  input.checked = checked;
  input.addEventListener('change', () => onChange(input.checked));
  return { wrapper: h('label', { className: 'check' }, input, h('span', { text: label })), input };
}

/** Sets an input's value unless a person is typing in it. */
export function setQuietly(input: HTMLInputElement | HTMLSelectElement, value: string): void {
  if (document.activeElement !== input && input.value !== value) input.value = value;
}
