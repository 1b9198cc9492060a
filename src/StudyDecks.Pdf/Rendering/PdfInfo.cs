namespace StudyDecks.Pdf.Rendering;

/// <summary>The document information a PDF carries. No dates: the same input must give the same bytes.</summary>
/// <param name="Title">Document title shown by PDF viewers.</param>
/// <param name="Subject">What the document is, e.g. "Quiz, version A".</param>
public sealed record PdfInfo(string Title, string Subject);
