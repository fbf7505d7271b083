let nextId = 0;

/**
 * The message beside one field that says why its value is not applied: an alert, hidden while
 * there is nothing to say, named by the field's aria-describedby and marking it aria-invalid.
 */
export class FieldMessage {
  readonly element: HTMLSpanElement;

  constructor(private readonly field: HTMLInputElement | HTMLSelectElement) {
    this.element = document.createElement('span');
    this.element.className = 'field-message';
    this.element.setAttribute('role', 'alert');
    this.element.id = `field-message-${++nextId}`;
    this.element.hidden = true;
    field.setAttribute('aria-describedby', this.element.id);
  }

  /** Shows `text`, or clears the message when it is null. */
  show(text: string | null): void {
    const problem = text !== null && text !== '';
    if (this.element.textContent !== (text ?? '')) this.element.textContent = text ?? '';
    this.element.hidden = !problem;
    this.field.setAttribute('aria-invalid', String(problem));
  }

  get text(): string {
    return this.element.textContent ?? '';
  }
}
