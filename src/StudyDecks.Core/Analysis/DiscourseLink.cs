namespace StudyDecks.Core.Analysis;

/// <summary>A word or phrase that ties a sentence to the one before it ("also", "as a result"), as listed in discourse-links.txt.</summary>
/// <param name="Words">Its words, lower case.</param>
/// <param name="BeforeComma">Whether it links only when a comma follows ("In response, …", not "in response to …").</param>
internal sealed record DiscourseLink(IReadOnlyList<string> Words, bool BeforeComma)
{
    /// <summary>A line of discourse-links.txt: words separated by spaces, a trailing comma for <see cref="BeforeComma"/>.</summary>
    public static DiscourseLink Parse(string line) =>
        line.EndsWith(',') ? new(line[..^1].Split(' '), true) : new(line.Split(' '), false);

    public override string ToString() => string.Join(' ', Words);
}
