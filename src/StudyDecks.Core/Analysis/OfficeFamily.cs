namespace StudyDecks.Core.Analysis;

/// <summary>
/// Posts of one government a student could mistake for each other ("US Secretary of State", "US Secretary of
/// Defense"): the options of a question that asks which post a person held. Read from <c>office-families.tsv</c>.
/// </summary>
/// <param name="Countries">Words that may stand before a post of this family ("US", "American"); empty for any country.</param>
/// <param name="Posts">The posts, each with its spellings; the first spelling is the one offered.</param>
/// <param name="Created">The year each post was created, in the order of <paramref name="Posts"/>; <see langword="null"/> when not known.</param>
/// <param name="NotEverywhere">
/// The posts not every government has (marked <c>?</c>): "President" in a monarchy. Offered as wrong only where the deck
/// names the post for the country.
/// </param>
internal sealed record OfficeFamily(IReadOnlySet<string> Countries, IReadOnlyList<IReadOnlyList<string>> Posts, IReadOnlyList<int?> Created, IReadOnlySet<IReadOnlyList<string>> NotEverywhere)
{
    public bool AnyCountry => Countries.Count == 0;

    /// <summary>Whether <paramref name="post"/> existed in <paramref name="year"/>, as far as the family knows: a post of unknown age did.</summary>
    public bool Existed(IReadOnlyList<string> post, int year)
    {
        for (var at = 0; at < Posts.Count; at++)
        {
            if (ReferenceEquals(Posts[at], post))
            {
                return Created[at] is not { } created || created <= year;
            }
        }

        return true;
    }

    /// <summary>The post of this family that <paramref name="office"/> spells, or <see langword="null"/>.</summary>
    public IReadOnlyList<string>? PostSpelled(string office) =>
        Posts.FirstOrDefault(post => post.Contains(office, StringComparer.Ordinal));

    /// <summary>
    /// Parses one line: countries (or <c>*</c>), a tab, posts separated by <c>|</c> (<c>?</c> before one not every
    /// government has), spellings by <c>/</c>, and optionally
    /// a tab and the posts' years of creation separated by <c>|</c> (empty when not known).
    /// </summary>
    public static OfficeFamily Parse(string line)
    {
        var fields = line.Split('\t');
        var countries = fields[0] == "*" ? [] : fields[0].Split('|').ToHashSet(StringComparer.Ordinal);
        var marked = fields[1].Split('|');
        IReadOnlyList<string>[] posts = [.. marked.Select(post => (IReadOnlyList<string>)post.TrimStart('?').Split('/'))];
        var notEverywhere = posts.Where((_, i) => marked[i].StartsWith('?')).ToHashSet();
        var years = fields.Length > 2 ? fields[2].Split('|') : [];
        if (years.Length is not 0 && years.Length != posts.Length)
        {
            throw new FormatException($"office-families.tsv: {posts.Length} posts but {years.Length} years in \"{line}\"");
        }

        int?[] created = [.. posts.Select((_, i) => i < years.Length && int.TryParse(years[i], System.Globalization.CultureInfo.InvariantCulture, out var year) ? year : (int?)null)];
        return new OfficeFamily(countries, posts, created, notEverywhere);
    }
}
