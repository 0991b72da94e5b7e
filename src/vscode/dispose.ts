// The base of every class here that owns subscriptions: it keeps what it registered and disposes all of it
// once, so nothing returned by `on*` or `register*` is dropped or disposed twice.
import type * as vscode from 'vscode';

export abstract class Disposable implements vscode.Disposable {
  private disposed = false;
  private readonly owned: vscode.Disposable[] = [];

  protected get isDisposed(): boolean {
    return this.disposed;
  }

  /** Takes ownership of `value`; registered after dispose(), it is disposed at once. */
  protected register<T extends vscode.Disposable>(value: T): T {
    if (this.disposed) value.dispose();
    else this.owned.push(value);
    return value;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    // Last registered, first disposed: a subscription goes before the emitter it listens to.
    for (const value of this.owned.splice(0).reverse()) value.dispose();
  }
}
