using System.Collections.Frozen;
using System.Reflection;

namespace StudyDecks.Core.Distractors;

/// <summary>
/// Which places lie in the same region, from <c>Resources/place-regions.txt</c>: a gazetteer distractor from the
/// answer's own region is plausible, one from another continent gives itself away.
/// </summary>
internal static class PlaceRegions
{
    private static readonly Lazy<FrozenDictionary<string, IReadOnlyList<string>>> Regions = new(Load);

    /// <summary>The other places of <paramref name="place"/>'s region, or an empty list when its region is unknown.</summary>
    public static IReadOnlyList<string> Neighbours(string place) =>
        Regions.Value.TryGetValue(place, out var members) ? members : [];

    private static FrozenDictionary<string, IReadOnlyList<string>> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("StudyDecks.Core.Resources.place-regions.txt")
            ?? throw new InvalidOperationException("Missing embedded resource place-regions.txt.");
        using var reader = new StreamReader(stream);
        var regions = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var members = line[(line.IndexOf('\t', StringComparison.Ordinal) + 1)..].Split(", ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var member in members)
            {
                regions[member] = Array.FindAll(members, other => other != member);
            }
        }

        return regions.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
