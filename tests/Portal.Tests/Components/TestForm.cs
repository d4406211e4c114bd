namespace RightHelp.Portal.Tests.Components;

/// <summary>A form model for field component tests.</summary>
public sealed class TestForm
{
    public string? FullName { get; set; }
    public string? WhatWorriesYou { get; set; }
    public string? Locality { get; set; }
}
