"""The signing service: the whole payload lifecycle, typed, with no printing (DESIGN.md §3)."""
