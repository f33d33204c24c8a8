// Saves the report's CSV as a file the way both editions can: a Blob download. In the browser edition
// Chromium saves it to the downloads folder; in Electron a download whose path nobody set asks where to
// save it with the OS's save dialog (main sets no will-download path). The CSV comes from the server
// through main (reports.kpisCsv), so the renderer never needs the token or a network connection.
export function saveCsv(fileName: string, csv: string): void {
  // A byte-order mark so spreadsheet programs read the UTF-8 names (Kovács, Kalniņa) as UTF-8.
  const url = URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has its own reference to the data by now.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
