/** The name an uploaded file is reported by in problems: a plain file name, no path. */
export const UPLOAD_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
