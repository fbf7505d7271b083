import { describe, expect, it } from 'vitest';
import { defaultSession } from '../../core/index.ts';
import { History } from '../../renderer/app/History.ts';
import { Store } from '../../renderer/app/Store.ts';

describe('History', () => {
  it('undoes and redoes snapshots, and a new edit clears redo', () => {
    const history = new History(0);
    history.push(1);
    history.push(2);
    expect(history.undo()).toBe(1);
    expect(history.redo()).toBe(2);
    history.undo();
    history.push(5);
    expect(history.canRedo).toBe(false);
    expect(history.undo()).toBe(1);
  });

  it('coalesces edits with the same key until sealed', () => {
    const history = new History('');
    history.push('x', 'function');
    history.push('x^', 'function');
    history.push('x^2', 'function');
    history.seal();
    history.push('x^2 + y', 'function');
    expect(history.undo()).toBe('x^2');
    expect(history.undo()).toBe('');
    expect(history.canUndo).toBe(false);
  });
});

describe('Store', () => {
  it('undoes edits of the document but keeps the camera, timeline and inspected point', () => {
    const store = new Store(defaultSession());
    const causes: string[] = [];
    store.subscribe((_d, _p, cause) => causes.push(cause));
    store.edit((d) => ({ ...d, function: 'x^2 + y^2' }), 'function');
    store.edit((d) => ({ ...d, function: 'x^2 + 2*y^2' }), 'function');
    store.amend((d) => ({ ...d, camera: { ...d.camera, fov: 60 }, inspected: [1, 2] }));
    expect(store.undo()).toBe(true);
    expect(store.document.function).toBe('rosenbrock');
    expect(store.document.camera.fov).toBe(60);
    expect(store.document.inspected).toEqual([1, 2]);
    expect(store.undo()).toBe(false);
    expect(store.redo()).toBe(true);
    expect(store.document.function).toBe('x^2 + 2*y^2');
    expect(causes).toEqual(['edit', 'edit', 'amend', 'undo', 'redo']);
  });

  it('reads the live timeline position into the document', () => {
    const store = new Store(defaultSession());
    let position = 3.5;
    store.bindLiveIteration(() => position);
    expect(store.document.timeline.iteration).toBe(3.5);
    position = 7;
    expect(store.document.timeline.iteration).toBe(7);
  });

  it('opening a document clears the history', () => {
    const store = new Store(defaultSession());
    store.edit((d) => ({ ...d, steps: 5 }));
    store.open({ ...defaultSession(), function: 'booth' });
    expect(store.canUndo).toBe(false);
    expect(store.document.function).toBe('booth');
  });
});
