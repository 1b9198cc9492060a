using System.CommandLine;
using System.CommandLine.Parsing;

namespace StudyDecks.Cli;

/// <summary>
/// A wrong command line (an unknown command or option, a missing or bad value) as one <c>error: …</c> line and a hint
/// naming the help of the command being parsed, instead of the whole help: the error stays on the screen.
/// </summary>
internal static class UsageErrors
{
    /// <summary>The program's name in hints: the process may be a test host or <c>dotnet</c>.</summary>
    public const string Program = "studydecks";

    /// <summary>What is wrong with the command line, or <see langword="null"/> when it can run.</summary>
    public static string? Find(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        // Help and --version run whatever else is wrong; any other action would meet the error later, as a failure.
        if (parse.Errors.Count > 0 && parse.Action is not { ClearsParseErrors: true })
        {
            // An unknown word says more than the "required command was not provided" that comes with it.
            return parse.UnmatchedTokens.Count > 0 ? Unknown(parse, parse.UnmatchedTokens[0]) : Sentence(parse.Errors[0].Message);
        }

        return parse.Action is not null && parse.Action == parse.CommandResult.Command.Action ? OptionTakenAsArgument(parse) : null;
    }

    /// <summary>The hint line: the help of the command that was being parsed.</summary>
    public static string Hint(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var names = new List<string>();
        for (var result = parse.CommandResult; result.Parent is CommandResult parent; result = parent)
        {
            names.Insert(0, result.Command.Name);
        }

        return $"try '{string.Join(' ', [Program, .. names, "--help"])}'";
    }

    /// <summary>
    /// An argument that looks like an option (<c>generate --bogus</c>) is an unknown option, not a file name; a file
    /// named like an option can still be given after <c>--</c>. A lone <c>-</c> is standard input or output.
    /// </summary>
    private static string? OptionTakenAsArgument(ParseResult parse)
    {
        var bound = parse.CommandResult.Children.OfType<ArgumentResult>().SelectMany(result => result.Tokens).ToList();
        foreach (var token in parse.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                return null;
            }

            if (token.Value.Length > 1 && token.Value[0] == '-' && bound.Any(argument => ReferenceEquals(argument, token)))
            {
                return Unknown(parse, token.Value);
            }
        }

        return null;
    }

    private static string Unknown(ParseResult parse, string token) =>
        token.StartsWith('-') ? $"unknown option '{token}'"
        : parse.CommandResult.Parent is null ? $"unknown command '{token}'"
        : $"unexpected argument '{token}'";

    /// <summary>The parser's message as an error line: one line, lower-case start, no full stop.</summary>
    private static string Sentence(string message)
    {
        var line = CommandErrors.OneLine(message).TrimEnd('.');
        return line.Length > 1 && char.IsUpper(line[0]) && !char.IsUpper(line[1]) ? char.ToLowerInvariant(line[0]) + line[1..] : line;
    }
}
