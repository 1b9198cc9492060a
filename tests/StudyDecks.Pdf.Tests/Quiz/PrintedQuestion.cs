namespace StudyDecks.Pdf.Tests.Quiz;

/// <summary>One question as read back from a PDF.</summary>
internal sealed class PrintedQuestion
{
    public string Stem { get; set; } = string.Empty;

    public Dictionary<char, string> Options { get; } = [];

    /// <summary>Indexes of the pages its number, stem and options are printed on.</summary>
    public HashSet<int> Pages { get; } = [];
}
