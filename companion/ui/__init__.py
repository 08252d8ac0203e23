"""Qt widgets only: they show state and forward what the user asks for."""
