using StudyDecks.Core.Analysis;

namespace StudyDecks.Core.Facts;

/// <summary>A person holding a role, as a sentence states it ("Iraqi Foreign Minister Fuad Hussein").</summary>
/// <param name="Sentence">The sentence.</param>
/// <param name="Person">The person's mention.</param>
/// <param name="Role">The role as written, without a leading article: "Acting US Special Envoy for the Global Coalition".</param>
/// <param name="IsPast">Whether the role is over or long-standing ("former", "late", "long-time"): no year anchor fits it.</param>
internal sealed record RoleFact(Sentence Sentence, Mention Person, string Role, bool IsPast);
