using System.Text;
using StudyDecks.Core.Analysis;
using StudyDecks.Core.Articles;

namespace StudyDecks.Core.Tests.Analysis;

/// <summary>Builds articles and analyses from inline text for unit tests.</summary>
internal static class ArticleText
{
    /// <summary>A plain-text article of <paramref name="body"/>, with a <c>Date:</c> header when <paramref name="date"/> is given.</summary>
    public static Article Read(string body, string id = "test-article", string? date = null) =>
        ArticleReader.Read(Encoding.UTF8.GetBytes(date is null ? $"Test article\n\n{body}\n" : $"Test article\nDate: {date}\n\n{body}\n"), id + ".txt");

    public static ArticleAnalysis Analyze(string body, string id = "test-article", string? date = null) =>
        new ArticleAnalyzer(Lexicon.Default).Analyze(Read(body, id, date));

    /// <summary>Analyses and resolves entities, as generation does.</summary>
    public static (ArticleAnalysis Analysis, EntityTable Entities) Resolve(string body, string? date = null)
    {
        var analysis = Analyze(body, date: date);
        return (analysis, new EntityTable(Lexicon.Default, [analysis]));
    }
}
