"""The friend-letter practice: its steps live in prompts/practices/friend-letter.yaml."""

from companion.practices import Practice


class FriendLetter(Practice):
    name = "friend-letter"
    sources = ("friend-question", "compassionate-self",)
