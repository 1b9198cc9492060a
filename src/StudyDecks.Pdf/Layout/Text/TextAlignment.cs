namespace StudyDecks.Pdf.Layout.Text;

/// <summary>Where lines sit horizontally in their block.</summary>
public enum TextAlignment
{
    /// <summary>Flush left, ragged right: the easiest to read.</summary>
    Left,

    /// <summary>Flush with the side the paragraph starts on: left for left-to-right text, right for Arabic or Hebrew.</summary>
    Start,

    /// <summary>Centred.</summary>
    Center,

    /// <summary>Flush right (numbers in a gutter, page numbers).</summary>
    Right,
}
