import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  createExports,
  decodeExportContent,
  isPdfRequestAllowed,
  PDF_PRINT_OPTIONS,
  renderPdf,
  type PdfWindowLike,
} from '../../electron/exports';
import { exportFilters, type DialogLike } from '../../electron/file-dialogs';

type Window = { readonly name: string };
type Sender = { readonly id: number };

function fakeDialog(save: string | null): DialogLike<Window> & {
  showSaveDialog: ReturnType<typeof vi.fn>;
} {
  return {
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
    showSaveDialog: vi.fn(async () =>
      save === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: save },
    ),
  };
}

/** A hidden window double: records calls; load and print can be scripted to fail. */
function fakePdfWindow(options: { load?: 'fail' | 'hang'; print?: 'fail' } = {}) {
  let destroyed = false;
  const window = {
    loadURL: vi.fn((_url: string) =>
      options.load === 'fail'
        ? Promise.reject(new Error('ERR_FILE_NOT_FOUND (-6) loading file:///tmp/x.html'))
        : options.load === 'hang'
          ? new Promise<void>(() => undefined)
          : Promise.resolve(),
    ),
    webContents: {
      printToPDF: vi.fn(async () => {
        if (options.print === 'fail') throw new Error('Printing failed');
        return new Uint8Array([0x25, 0x50, 0x44, 0x46]); // %PDF
      }),
    },
    destroy: vi.fn(() => {
      destroyed = true;
    }),
    isDestroyed: () => destroyed,
  } satisfies PdfWindowLike;
  return window;
}

function setup(choices: { save: string | null; pdfWindow?: ReturnType<typeof fakePdfWindow> }) {
  const dialog = fakeDialog(choices.save);
  const pdfWindow = choices.pdfWindow ?? fakePdfWindow();
  const dispose = vi.fn(async () => undefined);
  const stageHtml = vi.fn(async (_html: string) => ({
    url: 'file:///tmp/pdf-1/brief.html',
    dispose,
  }));
  const save = vi.fn(async (filePath: string, _data: string | Uint8Array) => filePath);
  const exports = createExports<Sender, Window>({
    dialog,
    windowFor: (sender) => (sender.id === 1 ? { name: 'main' } : null),
    defaultDirectory: '/home/me/Documents',
    createPdfWindow: () => pdfWindow,
    stageHtml,
    save,
    loadTimeoutMs: 50,
  });
  return { exports, dialog, pdfWindow, stageHtml, dispose, save, sender: { id: 1 } };
}

describe('decodeExportContent', () => {
  it('returns text as text', () => {
    expect(decodeExportContent('<html>λ</html>')).toBe('<html>λ</html>');
    expect(decodeExportContent('a,b\n1,2')).toBe('a,b\n1,2');
  });

  it('decodes a base64 PNG data URL to its bytes', () => {
    const bytes = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff]);
    const url = `data:image/png;base64,${Buffer.from(bytes).toString('base64')}`;
    expect(decodeExportContent(url)).toEqual(bytes);
  });

  it('decodes a percent-encoded SVG data URL and one with parameters', () => {
    expect(
      Buffer.from(
        decodeExportContent('data:image/svg+xml,%3Csvg%3E%C2%B5%3C%2Fsvg%3E') as Uint8Array,
      ).toString(),
    ).toBe('<svg>µ</svg>');
    expect(
      Buffer.from(
        decodeExportContent('data:text/csv;charset=utf-8;base64,YSxi') as Uint8Array,
      ).toString(),
    ).toBe('a,b');
  });

  it('writes text that merely starts with "data:" as text', () => {
    expect(decodeExportContent('data: 1,2,3\nmore')).toBe('data: 1,2,3\nmore');
    expect(decodeExportContent('data:no comma')).toBe('data:no comma');
  });

  it('rejects a broken base64 body, naming the field', () => {
    expect(() => decodeExportContent('data:image/png;base64,@@@')).toThrow(
      'content: the data URL is not valid base64',
    );
    expect(() => decodeExportContent('data:text/plain,%E0%A4%A')).toThrow(
      'content: the data URL has an invalid percent-encoding',
    );
  });
});

describe('exportFilters', () => {
  it.each([
    ['text/html', 'brief.html', ['html', 'htm']],
    ['text/csv;charset=utf-8', 'a.csv', ['csv']],
    ['image/png', 'chart', ['png']],
    ['image/svg+xml', 'chart.svg', ['svg']],
    ['application/x-unknown', 'data.parquet', ['parquet']],
  ])('%s (%s) gets %j first, then All files', (mime, name, extensions) => {
    const filters = exportFilters(mime, name);
    expect(filters[0]?.extensions).toEqual(extensions);
    expect(filters.at(-1)).toEqual({ name: 'All files', extensions: ['*'] });
  });

  it('offers only All files for an unknown type without an extension', () => {
    expect(exportFilters('application/x-unknown', 'data')).toEqual([
      { name: 'All files', extensions: ['*'] },
    ]);
  });
});

describe('exportFile', () => {
  it('asks where to save, in Documents with the suggested name and a filter, and writes text', async () => {
    const { exports, dialog, save, sender } = setup({ save: '/out/brief.html' });
    await expect(
      exports.exportFile(sender, {
        suggestedName: 'brief.html',
        content: '<p>x</p>',
        mimeType: 'text/html',
      }),
    ).resolves.toEqual({ path: '/out/brief.html' });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      { name: 'main' },
      expect.objectContaining({
        defaultPath: path.join('/home/me/Documents', 'brief.html'),
        filters: exportFilters('text/html', 'brief.html'),
      }),
    );
    expect(save).toHaveBeenCalledWith('/out/brief.html', '<p>x</p>');
  });

  it('writes a data URL as its decoded bytes, adding the extension when typed without', async () => {
    const { exports, save, sender } = setup({ save: '/out/chart' });
    await exports.exportFile(sender, {
      suggestedName: 'chart.png',
      content: 'data:image/png;base64,iVBORw0K',
      mimeType: 'image/png',
    });
    expect(save).toHaveBeenCalledWith(
      '/out/chart.png',
      new Uint8Array(Buffer.from('iVBORw0K', 'base64')),
    );
  });

  it('returns null and writes nothing when cancelled', async () => {
    const { exports, save, sender } = setup({ save: null });
    await expect(
      exports.exportFile(sender, { suggestedName: 'a.csv', content: 'a', mimeType: 'text/csv' }),
    ).resolves.toBeNull();
    expect(save).not.toHaveBeenCalled();
  });

  it('refuses a malformed data URL before asking the user anything', async () => {
    const { exports, dialog, sender } = setup({ save: '/out/x.png' });
    await expect(
      exports.exportFile(sender, {
        suggestedName: 'x.png',
        content: 'data:image/png;base64,%%',
        mimeType: 'image/png',
      }),
    ).rejects.toThrow('content: the data URL is not valid base64');
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('exportPdf', () => {
  const request = { suggestedName: 'brief.pdf', html: '<h1>Brief</h1>' };

  it('renders the HTML in the hidden window, prints A4 with backgrounds, writes the bytes, closes', async () => {
    const { exports, pdfWindow, stageHtml, dispose, save, sender } = setup({
      save: '/out/brief.pdf',
    });
    await expect(exports.exportPdf(sender, request)).resolves.toEqual({ path: '/out/brief.pdf' });
    expect(stageHtml).toHaveBeenCalledWith('<h1>Brief</h1>');
    expect(pdfWindow.loadURL).toHaveBeenCalledWith('file:///tmp/pdf-1/brief.html');
    expect(pdfWindow.webContents.printToPDF).toHaveBeenCalledExactlyOnceWith({
      printBackground: true,
      pageSize: 'A4',
    });
    expect(PDF_PRINT_OPTIONS).toEqual({ printBackground: true, pageSize: 'A4' });
    expect(save).toHaveBeenCalledWith('/out/brief.pdf', new Uint8Array([0x25, 0x50, 0x44, 0x46]));
    expect(pdfWindow.destroy).toHaveBeenCalledOnce();
    expect(dispose).toHaveBeenCalledOnce();
  });

  it('offers a .pdf filter and adds .pdf when typed without', async () => {
    const { exports, dialog, save, sender } = setup({ save: '/out/brief' });
    await exports.exportPdf(sender, request);
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({
        filters: [expect.objectContaining({ extensions: ['pdf'] }), expect.anything()],
      }),
    );
    expect(save).toHaveBeenCalledWith('/out/brief.pdf', expect.any(Uint8Array));
  });

  it('does not render anything when the dialog is cancelled', async () => {
    const { exports, stageHtml, pdfWindow, sender } = setup({ save: null });
    await expect(exports.exportPdf(sender, request)).resolves.toBeNull();
    expect(stageHtml).not.toHaveBeenCalled();
    expect(pdfWindow.loadURL).not.toHaveBeenCalled();
  });

  it.each([
    ['loading fails', { load: 'fail' as const }, /Could not export the PDF: ERR_FILE_NOT_FOUND/],
    ['printing fails', { print: 'fail' as const }, /Could not export the PDF: Printing failed/],
    [
      'loading stalls',
      { load: 'hang' as const },
      /Could not export the PDF: the page took too long/,
    ],
  ])('closes the window and removes the HTML when %s', async (_name, failure, message) => {
    const pdfWindow = fakePdfWindow(failure);
    const { exports, dispose, save, sender } = setup({ save: '/out/brief.pdf', pdfWindow });
    await expect(exports.exportPdf(sender, request)).rejects.toThrow(message);
    expect(pdfWindow.destroy).toHaveBeenCalledOnce();
    expect(dispose).toHaveBeenCalledOnce();
    expect(save).not.toHaveBeenCalled();
  });

  it('removes the staged HTML even when the window cannot be created', async () => {
    const dispose = vi.fn(async () => undefined);
    await expect(
      renderPdf('<p>', {
        stageHtml: async () => ({ url: 'file:///tmp/x.html', dispose }),
        createPdfWindow: () => {
          throw new Error('no GPU');
        },
      }),
    ).rejects.toThrow('Could not export the PDF: no GPU');
    expect(dispose).toHaveBeenCalledOnce();
  });

  it('fails clearly when the window is gone', async () => {
    const { exports } = setup({ save: '/out/a.pdf' });
    await expect(exports.exportPdf({ id: 9 }, request)).rejects.toThrow(
      'The Lightbench window is gone',
    );
  });
});

describe('isPdfRequestAllowed', () => {
  const page = 'file:///tmp/lightbench-pdf-x/brief.html';
  it('allows the staged page and inline data only', () => {
    expect(isPdfRequestAllowed(page, page)).toBe(true);
    expect(isPdfRequestAllowed('data:image/png;base64,AA==', page)).toBe(true);
    expect(isPdfRequestAllowed('https://tracker.example/pixel.gif', page)).toBe(false);
    expect(isPdfRequestAllowed('file:///etc/passwd', page)).toBe(false);
    expect(isPdfRequestAllowed('file:///tmp/lightbench-pdf-x/other.html', page)).toBe(false);
  });

  it('matches the page however its path is escaped', () => {
    const page = 'file:///C:/Users/Ana%20Mar%C3%ADa/Temp/lightbench-pdf-1/brief.html';
    expect(
      isPdfRequestAllowed('file:///C:/Users/Ana Mar\u00eda/Temp/lightbench-pdf-1/brief.html', page),
    ).toBe(true);
    expect(isPdfRequestAllowed(page, page)).toBe(true);
  });
});
