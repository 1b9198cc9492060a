using StudyDecks.Core.Articles;

namespace StudyDecks.Core.Analysis;

/// <summary>One sentence of an article body, as a span of <see cref="Article.Text"/>.</summary>
/// <param name="Index">Zero-based index among the article's sentences (boilerplate excluded).</param>
/// <param name="Start">Offset of its first character.</param>
/// <param name="End">Offset just past its last character.</param>
/// <param name="Text">The sentence verbatim: <c>article.Text[Start..End]</c>.</param>
internal sealed record Sentence(int Index, int Start, int End, string Text)
{
    /// <summary>Whether the sentence opens its paragraph (a pronoun there has no antecedent in the paragraph).</summary>
    public bool OpensParagraph { get; init; }
}
