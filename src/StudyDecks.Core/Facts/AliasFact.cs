namespace StudyDecks.Core.Facts;

/// <summary>Two names the text gives as the same thing: "Daesh/ISIS".</summary>
internal sealed record AliasFact(string Name, string Alias);
