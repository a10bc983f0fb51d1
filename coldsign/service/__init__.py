"""The signing service: the whole payload lifecycle, typed, with no printing (docs/design.md §3)."""
