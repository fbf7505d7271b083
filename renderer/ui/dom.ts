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

interface NumberFieldOptions {
  step?: string;
  min?: number;
  max?: number;
  id?: string;
  placeholder?: string;
}

/** A number input inside a label, so the label is its accessible name. */
function labelledNumberInput(label: string, options: NumberFieldOptions): { wrapper: HTMLLabelElement; input: HTMLInputElement } {
  const input = h('input', {
    type: 'number',
    step: options.step ?? 'any',
    min: options.min,
    max: options.max,
    id: options.id,
    placeholder: options.placeholder,
  }) as HTMLInputElement;
  return { wrapper: h('label', { className: 'field' }, h('span', { text: label }), input), input };
}

/** A labelled number input; an empty or unreadable entry commits nothing. */
export function numberField(
  label: string,
  value: number,
  onCommit: (value: number) => void,
  options: NumberFieldOptions = {},
): { wrapper: HTMLLabelElement; input: HTMLInputElement } {
  const field = labelledNumberInput(label, options);
  field.input.value = String(value);
  field.input.addEventListener('change', () => {
    const parsed = Number(field.input.value);
    if (field.input.value.trim() !== '' && Number.isFinite(parsed)) onCommit(parsed);
  });
  return field;
}

/**
 * A labelled number input that may be left empty: emptying it commits null, and the placeholder
 * shows what an empty field stands for. An unreadable entry (the browser's badInput) commits nothing.
 */
export function optionalNumberField(
  label: string,
  value: number | null,
  onCommit: (value: number | null) => void,
  options: NumberFieldOptions & { placeholder: string },
): { wrapper: HTMLLabelElement; input: HTMLInputElement } {
  const field = labelledNumberInput(label, options);
  field.input.value = value === null ? '' : String(value);
  field.input.addEventListener('change', () => {
    const { input } = field;
    if (input.validity.badInput) return;
    if (input.value.trim() === '') onCommit(null);
    else if (Number.isFinite(Number(input.value))) onCommit(Number(input.value));
  });
  return field;
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
