using System.Text;

namespace StudyDecks.Export.Tests;

/// <summary>
/// Compares output with a committed golden file under <c>Expectations/</c>, byte for byte. On a difference it writes
/// the actual output to <c>ActualOutput/</c> beside the test assembly, so it can be reviewed and copied over.
/// </summary>
internal static class Golden
{
    public static void AssertMatches(byte[] actual, string name)
    {
        var expectedPath = Path.Combine(AppContext.BaseDirectory, "Expectations", name);
        var expected = File.Exists(expectedPath) ? File.ReadAllBytes(expectedPath) : null;
        if (expected is not null && expected.AsSpan().SequenceEqual(actual))
        {
            return;
        }

        var actualPath = Path.Combine(AppContext.BaseDirectory, "ActualOutput", name);
        Directory.CreateDirectory(Path.GetDirectoryName(actualPath)!);
        File.WriteAllBytes(actualPath, actual);
        Assert.Fail(expected is null
            ? $"No golden file Expectations/{name}; review {actualPath} and copy it to tests/StudyDecks.Export.Tests/Expectations/{name}."
            : $"Output differs from Expectations/{name}:\n{FirstDifference(expected, actual)}\nReview {actualPath}.");
    }

    private static string FirstDifference(byte[] expected, byte[] actual)
    {
        var expectedLines = Encoding.UTF8.GetString(expected).Split('\n');
        var actualLines = Encoding.UTF8.GetString(actual).Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end>";
            var a = i < actualLines.Length ? actualLines[i] : "<end>";
            if (e != a)
            {
                return $"line {i + 1}\nexpected: {e}\nactual:   {a}";
            }
        }

        return "same text, different bytes";
    }
}
