using System.Collections.Concurrent;
using System.IO.Compression;
using SkiaSharp;
using StudyDecks.Pdf.Layout;

namespace StudyDecks.Pdf.Rendering;

/// <summary>
/// The DejaVu faces that travel inside this assembly (gzip-compressed resources, licence in Fonts/LICENSE-DejaVu.txt):
/// only the five a quiz uses, so a machine with no fonts at all prints the same PDF as any other.
/// </summary>
internal static class BundledFonts
{
    // A face is unpacked once per process and shared: the bytes never change and SkiaSharp copies what it keeps.
    private static readonly ConcurrentDictionary<BundledFace, byte[]> Unpacked = new();

    /// <summary>The face a style is drawn in: serif or sans, bold, and italic for the serif (no sans italic is used).</summary>
    public static BundledFace FaceFor(TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        return style.Family == FontFamily.Sans
            ? (style.Bold ? BundledFace.SansBold : BundledFace.Sans)
            : style.Bold ? BundledFace.SerifBold : style.Italic ? BundledFace.SerifItalic : BundledFace.Serif;
    }

    /// <summary>
    /// The bundled faces to try, in order, for a character of text in <paramref name="face"/>: the face itself, then
    /// DejaVu Sans of the same weight, which has the scripts the serif lacks (Arabic, Hebrew, Armenian…).
    /// </summary>
    public static IReadOnlyList<BundledFace> Chain(BundledFace face) => face switch
    {
        BundledFace.Sans => [BundledFace.Sans],
        BundledFace.SansBold => [BundledFace.SansBold, BundledFace.Sans],
        BundledFace.SerifBold => [BundledFace.SerifBold, BundledFace.SansBold, BundledFace.Sans],
        _ => [face, BundledFace.Sans],
    };

    /// <summary>The font file of <paramref name="face"/>.</summary>
    public static byte[] Bytes(BundledFace face) => Unpacked.GetOrAdd(face, Unpack);

    /// <summary>A new typeface of <paramref name="face"/>; the caller disposes it.</summary>
    public static SKTypeface Typeface(BundledFace face)
    {
        using var data = SKData.CreateCopy(Bytes(face));
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"The bundled font {face} could not be loaded.");
    }

    private static byte[] Unpack(BundledFace face)
    {
        var name = $"StudyDecks.Pdf.Fonts.{FileName(face)}.ttf.gz";
        using var resource = typeof(BundledFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The font resource {name} is missing from the build.");
        using var gzip = new GZipStream(resource, CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        gzip.CopyTo(bytes);
        return bytes.ToArray();
    }

    private static string FileName(BundledFace face) => face switch
    {
        BundledFace.Sans => "DejaVuSans",
        BundledFace.SansBold => "DejaVuSans-Bold",
        BundledFace.Serif => "DejaVuSerif",
        BundledFace.SerifBold => "DejaVuSerif-Bold",
        _ => "DejaVuSerif-Italic",
    };
}

/// <summary>The five DejaVu faces shipped with StudyDecks.</summary>
internal enum BundledFace
{
    Sans,
    SansBold,
    Serif,
    SerifBold,
    SerifItalic,
}
