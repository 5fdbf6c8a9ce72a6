-- A recipient is "name <e-mail>": up to 200 + 200 characters and the brackets.
ALTER TABLE sez_notification ALTER COLUMN recipient SET DATA TYPE VARCHAR(600);
