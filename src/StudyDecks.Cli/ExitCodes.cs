namespace StudyDecks.Cli;

/// <summary>Process exit codes.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Bad input or a failed write: the error line says which.</summary>
    public const int Failure = 1;

    /// <summary>The command line itself is wrong (an unknown option, a missing or bad value): nothing was run.</summary>
    public const int Usage = 2;

    /// <summary>A bug of StudyDecks itself (EX_SOFTWARE of sysexits.h): no input should cause it.</summary>
    public const int Bug = 70;
}
