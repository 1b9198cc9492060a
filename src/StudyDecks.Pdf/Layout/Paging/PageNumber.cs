namespace StudyDecks.Pdf.Layout.Paging;

/// <summary>A page's number within its section and how many pages the section has, for "Page X of Y".</summary>
public readonly record struct PageNumber(int Number, int Count);
