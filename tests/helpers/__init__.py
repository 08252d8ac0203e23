"""What the tests share: the one fake clock, the platform fakes and the real app on a temporary
store."""
