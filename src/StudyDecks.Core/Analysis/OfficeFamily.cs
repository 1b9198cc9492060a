namespace StudyDecks.Core.Analysis;

/// <summary>
/// Posts of one government a student could mistake for each other ("US Secretary of State", "US Secretary of
/// Defense"): the options of a question that asks which post a person held. Read from <c>office-families.tsv</c>.
/// </summary>
/// <param name="Countries">Words that may stand before a post of this family ("US", "American"); empty for any country.</param>
/// <param name="Posts">The posts, each with its spellings; the first spelling is the one offered.</param>
internal sealed record OfficeFamily(IReadOnlySet<string> Countries, IReadOnlyList<IReadOnlyList<string>> Posts)
{
    public bool AnyCountry => Countries.Count == 0;

    /// <summary>The post of this family that <paramref name="office"/> spells, or <see langword="null"/>.</summary>
    public IReadOnlyList<string>? PostSpelled(string office) =>
        Posts.FirstOrDefault(post => post.Contains(office, StringComparer.Ordinal));

    /// <summary>Parses one line: countries (or <c>*</c>), a tab, posts separated by <c>|</c>, spellings by <c>/</c>.</summary>
    public static OfficeFamily Parse(string line)
    {
        var fields = line.Split('\t');
        var countries = fields[0] == "*" ? [] : fields[0].Split('|').ToHashSet(StringComparer.Ordinal);
        return new OfficeFamily(countries, [.. fields[1].Split('|').Select(post => (IReadOnlyList<string>)post.Split('/'))]);
    }
}
