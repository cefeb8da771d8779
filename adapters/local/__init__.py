"""The embedded default: terminal chat, web chat page and the local Headteacher inbox."""
