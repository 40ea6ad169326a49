"""Qt item models over plain row data (no SQL, no ORM objects): views listen to their row signals."""
