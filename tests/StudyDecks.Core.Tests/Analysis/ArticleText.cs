using System.Text;
using StudyDecks.Core.Analysis;
using StudyDecks.Core.Articles;

namespace StudyDecks.Core.Tests.Analysis;

/// <summary>Builds articles and analyses from inline text for unit tests.</summary>
internal static class ArticleText
{
    public static Article Read(string body, string id = "test-article") =>
        ArticleReader.Read(Encoding.UTF8.GetBytes($"Test article\n\n{body}\n"), id + ".txt");

    public static ArticleAnalysis Analyze(string body, string id = "test-article") =>
        new ArticleAnalyzer(Lexicon.Default).Analyze(Read(body, id));

    /// <summary>Analyses and resolves entities, as generation does.</summary>
    public static (ArticleAnalysis Analysis, EntityTable Entities) Resolve(string body)
    {
        var analysis = Analyze(body);
        return (analysis, new EntityTable(Lexicon.Default, [analysis]));
    }
}
