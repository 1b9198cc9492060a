using System.CommandLine;
using System.Globalization;

namespace StudyDecks.Cli;

/// <summary>
/// Checks of an option's value made while parsing, so that a bad value is a usage error (exit code 2) before
/// anything is read or written; the messages name the option and the value given.
/// </summary>
internal static class OptionRules
{
    /// <summary>The value must be one of <paramref name="names"/> (any case); they are also offered as completions.</summary>
    public static Option<string> OneOf(this Option<string> option, params string[] names)
    {
        option.CompletionSources.Add(names);
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (!names.Any(name => string.Equals(name, value?.Trim(), StringComparison.OrdinalIgnoreCase)))
            {
                result.AddError($"{option.Name} must be {Alternatives(names)}, not \"{value}\"");
            }
        });
        return option;
    }

    /// <summary>The value, when given, must be at least <paramref name="minimum"/>.</summary>
    public static Option<int?> AtLeast(this Option<int?> option, int minimum)
    {
        option.Validators.Add(result =>
        {
            if (Converted<int?>(result) is { } value && value < minimum)
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"{option.Name} must be at least {minimum}, not {value}"));
            }
        });
        return option;
    }

    /// <summary>The value must lie between <paramref name="minimum"/> and <paramref name="maximum"/>.</summary>
    public static Option<int> Between(this Option<int> option, int minimum, int maximum)
    {
        option.Validators.Add(result =>
        {
            if (Converted<int?>(result) is { } value && (value < minimum || value > maximum))
            {
                result.AddError(maximum == int.MaxValue
                    ? string.Create(CultureInfo.InvariantCulture, $"{option.Name} must be at least {minimum}, not {value}")
                    : string.Create(CultureInfo.InvariantCulture, $"{option.Name} must be between {minimum} and {maximum}, not {value}"));
            }
        });
        return option;
    }

    /// <summary>A deck argument that cannot be <c>-</c>: the command needs standard input, or a file to write back, for itself.</summary>
    public static Argument<string> NotStandardInput(this Argument<string> argument, string why)
    {
        argument.Validators.Add(result =>
        {
            if (result.Tokens.Any(token => Files.StandardStreams.IsDash(token.Value)))
            {
                result.AddError(why);
            }
        });
        return argument;
    }

    /// <summary>
    /// The option's value, or <see langword="null"/> when its text does not convert ("two" for a number): the parser
    /// reports that itself, and a validator that asked for the value would throw instead.
    /// </summary>
    private static T? Converted<T>(System.CommandLine.Parsing.OptionResult result)
    {
        try
        {
            return result.GetValueOrDefault<T>();
        }
        catch (InvalidOperationException)
        {
            return default;
        }
    }

    /// <summary>"a4 or letter", "due, new, missed or all".</summary>
    public static string Alternatives(IReadOnlyList<string> names) =>
        names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " or " + names[^1];
}
