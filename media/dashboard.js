// Clicking an entry asks the extension to reveal it: a message with a line number, never a command link
// built from journal text. The page also remembers its folder, so VS Code can restore it after a reload.
(function () {
  const vscode = acquireVsCodeApi();
  vscode.setState({ folder: document.body.dataset.folder });
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-line]') : null;
    if (!link) return;
    event.preventDefault();
    vscode.postMessage({ type: 'reveal', line: Number(link.getAttribute('data-line')) });
  });
})();
