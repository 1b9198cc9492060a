namespace StudyDecks.Pdf.Layout.Paging;

/// <summary>
/// A run of pages that starts on a new page and numbers its pages from 1: one quiz version, or one answer key.
/// </summary>
/// <param name="Content">The flowing content, broken across as many pages as it needs.</param>
/// <param name="Header">The block at the top of each page, or <see langword="null"/> for none on that page.</param>
/// <param name="Footer">The block at the bottom of each page, or <see langword="null"/> for none on that page.</param>
/// <remarks>A header or footer must not change height with the page count: it is measured before the count is known.</remarks>
public sealed record Section(IBlock Content, Func<PageNumber, IBlock?>? Header = null, Func<PageNumber, IBlock?>? Footer = null);
