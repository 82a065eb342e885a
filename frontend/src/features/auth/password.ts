/** The server's password policy minimum (it checks again, and more: not containing the username). */
export const MIN_PASSWORD_LENGTH = 10
