import { FieldMessage } from './FieldMessage.ts';
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
    // Named by the label alone, not by a message shown inside the label beside it.
    'aria-label': label,
  }) as HTMLInputElement;
  return { wrapper: h('label', { className: 'field' }, h('span', { text: label }), input), input };
}

/** Each number field's message, so a value set from the document also clears what was said of the last entry. */
const fieldMessages = new WeakMap<HTMLInputElement, FieldMessage>();

/** The number a field holds, or why it holds none ("abc", "1e" and a blank all read as no number). */
export function readNumber(input: HTMLInputElement, label: string): number | string {
  const parsed = Number(input.value);
  if (input.validity.badInput || input.value.trim() === '' || !Number.isFinite(parsed)) return `${label} needs a number.`;
  return parsed;
}

/**
 * A labelled number input that applies its value or says why not: an empty or unreadable entry,
 * or one `check` refuses, shows a message beside the field and commits nothing; the message goes
 * once the entry is fixed.
 */
export function numberField(
  label: string,
  value: number,
  onCommit: (value: number) => void,
  options: NumberFieldOptions & { readonly check?: (value: number) => string | undefined } = {},
): { wrapper: HTMLLabelElement; input: HTMLInputElement; message: FieldMessage } {
  const field = labelledNumberInput(label, options);
  const message = new FieldMessage(field.input);
  field.wrapper.append(message.element);
  fieldMessages.set(field.input, message);
  field.input.value = String(value);
  const problem = (): { value: number; problem: string | undefined } | { value: null; problem: string } => {
    const read = readNumber(field.input, label);
    return typeof read === 'string' ? { value: null, problem: read } : { value: read, problem: options.check?.(read) };
  };
  field.input.addEventListener('change', () => {
    const entry = problem();
    message.show(entry.problem ?? null);
    if (entry.problem === undefined && entry.value !== null) onCommit(entry.value);
  });
  field.input.addEventListener('input', () => {
    if (message.text !== '' && problem().problem === undefined) message.show(null);
  });
  return { ...field, message };
}

/**
 * A labelled number input that may be left empty: emptying it commits null, and the placeholder
 * shows what an empty field stands for. An unreadable entry ("abc", "1e") or one `check` refuses
 * shows a message beside the field and commits nothing.
 */
export function optionalNumberField(
  label: string,
  value: number | null,
  onCommit: (value: number | null) => void,
  options: NumberFieldOptions & { placeholder: string; readonly check?: (value: number) => string | undefined },
): { wrapper: HTMLLabelElement; input: HTMLInputElement; message: FieldMessage } {
  const field = labelledNumberInput(label, options);
  const message = new FieldMessage(field.input);
  field.wrapper.append(message.element);
  fieldMessages.set(field.input, message);
  field.input.value = value === null ? '' : String(value);
  const problem = (): string | undefined => {
    const { input } = field;
    if (!input.validity.badInput && input.value.trim() === '') return undefined;
    const read = readNumber(input, label);
    return typeof read === 'string' ? read : options.check?.(read);
  };
  field.input.addEventListener('change', () => {
    const said = problem();
    message.show(said ?? null);
    if (said !== undefined) return;
    onCommit(field.input.value.trim() === '' ? null : Number(field.input.value));
  });
  field.input.addEventListener('input', () => {
    if (message.text !== '' && problem() === undefined) message.show(null);
  });
  return { ...field, message };
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
  if (document.activeElement === input || input.value === value) return;
  input.value = value;
  if (input instanceof HTMLInputElement) fieldMessages.get(input)?.show(null);
}
