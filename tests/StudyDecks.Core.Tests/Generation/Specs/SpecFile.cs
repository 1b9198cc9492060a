using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StudyDecks.Core.Tests.Generation.Specs;

/// <summary>One case of a spec file: a level-2 heading, the article under it and the assertions about its deck.</summary>
/// <param name="File">The spec file's name (<c>undated-time.md</c>).</param>
/// <param name="Title">The case's heading.</param>
/// <param name="Line">The heading's line in the file, from 1.</param>
/// <param name="Article">The text of the <c>article</c> block, or <see langword="null"/> if the case has none.</param>
/// <param name="Expect">The lines of the <c>expect</c> block with their line numbers, or <see langword="null"/> if it has none.</param>
/// <param name="Problems">What is wrong with the case's layout (a missing or second block); the case fails with these.</param>
public sealed record SpecCase(
    string File,
    string Title,
    int Line,
    string? Article,
    IReadOnlyList<(int Line, string Text)>? Expect,
    IReadOnlyList<string> Problems);

/// <summary>Reads a spec file with Markdig: <c># title</c>, then one case per <c>##</c> heading with an <c>article</c> and an <c>expect</c> fenced block.</summary>
internal static class SpecFile
{
    public const string ArticleInfo = "article";
    public const string ExpectInfo = "expect";

    public static IReadOnlyList<SpecCase> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(File.ReadAllText(path, Encoding.UTF8), Path.GetFileName(path));
    }

    public static IReadOnlyList<SpecCase> Parse(string markdown, string fileName)
    {
        var document = Markdown.Parse(markdown);
        var cases = new List<SpecCase>();
        CaseBuilder? current = null;
        var fileProblems = new List<string>();
        foreach (var block in document)
        {
            switch (block)
            {
                case HeadingBlock { Level: 2 } heading:
                    if (current is not null)
                    {
                        cases.Add(current.Build());
                    }

                    current = new CaseBuilder(fileName, TextOf(heading.Inline), heading.Line + 1);
                    break;
                case FencedCodeBlock fenced when current is not null:
                    current.Add(fenced);
                    break;
                case FencedCodeBlock fenced:
                    fileProblems.Add($"line {fenced.Line + 1}: a ```{fenced.Info}``` block before the first '## case' heading");
                    break;
                default:
                    // The file title, prose and comments between cases are documentation only.
                    break;
            }
        }

        if (current is not null)
        {
            cases.Add(current.Build());
        }

        if (fileProblems.Count > 0 || cases.Count == 0)
        {
            fileProblems.Add(cases.Count == 0 ? "the file has no '## case' heading" : "fix the layout of the file");
            cases.Insert(0, new SpecCase(fileName, "(file layout)", 1, null, null, fileProblems));
        }

        return cases;
    }

    private static string TextOf(ContainerInline? inline)
    {
        var text = new StringBuilder();
        Append(inline, text);
        return text.ToString().Trim();
    }

    private static void Append(Inline? inline, StringBuilder text)
    {
        switch (inline)
        {
            case null:
                break;
            case LiteralInline literal:
                text.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.ToString());
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, text);
                }

                break;
            default:
                break;
        }
    }

    private sealed class CaseBuilder(string file, string title, int line)
    {
        private readonly List<string> _problems = [];
        private string? _article;
        private List<(int Line, string Text)>? _expect;

        public void Add(FencedCodeBlock block)
        {
            var info = block.Info?.Trim() ?? string.Empty;
            if (info == ArticleInfo)
            {
                if (_article is not null)
                {
                    _problems.Add($"line {block.Line + 1}: a second ```article``` block");
                }

                _article = block.Lines.ToString();
            }
            else if (info == ExpectInfo)
            {
                if (_expect is not null)
                {
                    _problems.Add($"line {block.Line + 1}: a second ```expect``` block");
                }

                _expect = [];
                var lines = block.Lines;
                for (var index = 0; index < lines.Count; index++)
                {
                    var text = lines.Lines[index].Slice.ToString().Trim();
                    if (text.Length > 0)
                    {
                        _expect.Add((lines.Lines[index].Line + 1, text));
                    }
                }
            }
            else
            {
                _problems.Add($"line {block.Line + 1}: a ```{info}``` block; a case has one ```article``` and one ```expect``` block");
            }
        }

        public SpecCase Build()
        {
            if (title.Length == 0)
            {
                _problems.Add($"line {line}: the case heading is empty");
            }

            if (_article is null || _article.Trim().Length == 0)
            {
                _problems.Add("the case has no ```article``` block (or it is empty)");
            }

            if (_expect is null || _expect.Count == 0)
            {
                _problems.Add("the case has no ```expect``` block (or it has no assertion line)");
            }

            return new SpecCase(file, title, line, _article, _expect, _problems);
        }
    }
}
