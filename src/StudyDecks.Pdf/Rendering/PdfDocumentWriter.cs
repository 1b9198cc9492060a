using SkiaSharp;
using StudyDecks.Pdf.Layout;
using StudyDecks.Pdf.Layout.Paging;

namespace StudyDecks.Pdf.Rendering;

/// <summary>Writes laid-out pages as a PDF through SkiaSharp's PDF backend.</summary>
public static class PdfDocumentWriter
{
    /// <summary>The producer name written into every PDF.</summary>
    public const string Producer = "StudyDecks";

    /// <summary>Draws <paramref name="pages"/> on pages of <paramref name="setup"/> and writes the PDF to <paramref name="output"/>.</summary>
    public static void Write(Stream output, PageSetup setup, IReadOnlyList<LaidOutPage> pages, LayoutContext context, FontSet fonts, PdfInfo info)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(info);

        // Creation and modification dates are left unset on purpose: a date would change the bytes on every run.
        var metadata = new SKDocumentPdfMetadata
        {
            Title = info.Title,
            Subject = info.Subject,
            Creator = Producer,
            Producer = Producer,
            RasterDpi = SKDocumentPdfMetadata.DefaultRasterDpi,
            EncodingQuality = SKDocumentPdfMetadata.DefaultEncodingQuality,
        };
        using var document = SKDocument.CreatePdf(output, metadata)
            ?? throw new InvalidOperationException("SkiaSharp could not create a PDF document.");
        using var embedded = EmbeddedFonts.For(pages, context, fonts);
        foreach (var page in pages)
        {
            using var canvas = document.BeginPage(setup.Width, setup.Height);
            using var pageCanvas = new SkiaPageCanvas(canvas, fonts, embedded);
            page.Draw(pageCanvas, context);
            document.EndPage();
        }

        document.Close();
    }
}
