using System.Globalization;
using System.Text.RegularExpressions;
using StudyDecks.Core.Analysis;
using StudyDecks.Core.Decks;

namespace StudyDecks.Core.Distractors;

/// <summary>Times of day: other times of the same day, in the key's style, sorted by the clock.</summary>
internal sealed partial class DistractorPicker
{
    /// <summary>
    /// Other times of the same day, written like the key ("2:19 a.m. EST" for "1:33 a.m. EST"): minutes and hour both
    /// change, so no option is one keystroke from another; a whole hour gets whole hours. Sorted by the clock.
    /// </summary>
    private void TimeDistractors(AnswerSpec answer, Random random)
    {
        var key = QuantityRecognizer.TimeOfDay().Match(answer.Text);
        if (!key.Success || key.Length != answer.Text.Length)
        {
            return;
        }

        var minutes = QuantityRecognizer.MinutesAfterMidnight(key);
        var hasMinutes = key.Groups["m"].Success;
        ReadOnlySpan<int> offsets = hasMinutes ? [-47, 46, 92, -94, 139, -139, 73, -73, 186, -186] : [-60, 60, 120, -120, 180, -180];
        var candidates = new List<int>();
        foreach (var offset in offsets)
        {
            var value = minutes + offset;
            // Within the same day: another day would change the date the sentence gives.
            if (value is >= 0 and < 24 * 60)
            {
                candidates.Add(value);
            }
        }

        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(candidates));
        foreach (var value in candidates)
        {
            Offer(FormatTime(value, key), OptionOrigin.Computed);
        }
    }

    /// <summary>Writes minutes after midnight in the key's style: its a.m./am/AM marker, its spacing and its time zone.</summary>
    private static string FormatTime(int minutes, Match key)
    {
        var marker = key.Groups["ap"].Value;
        var afternoon = minutes >= 12 * 60;
        var newMarker = char.IsUpper(marker[0])
            ? (afternoon ? "P" : "A") + marker[1..]
            : (afternoon ? "p" : "a") + marker[1..];
        var hour = minutes / 60 % 12;
        var clock = string.Create(CultureInfo.InvariantCulture, $"{(hour == 0 ? 12 : hour)}");
        if (key.Groups["m"].Success)
        {
            clock += string.Create(CultureInfo.InvariantCulture, $":{minutes % 60:00}");
        }

        var space = key.Groups["ap"].Index > key.Groups["h"].Index + key.Groups["h"].Length + (key.Groups["m"].Success ? key.Groups["m"].Length + 1 : 0) ? " " : "";
        var zone = key.Groups["tz"].Success ? " " + key.Groups["tz"].Value : "";
        return clock + space + newMarker + zone;
    }
}
