import { DatasetError, type DatasetProblem } from '../../import/dataset-error.js';
import type { CordisCsvFile, CordisInput } from '../../import/cordis/convert-cordis.js';
import { UPLOAD_FILE_NAME } from './upload-file-name.js';

/** The form fields of a CORDIS upload, and the names a file gets when its part names none. */
export const CORDIS_PARTS = { projects: 'project.csv', organisations: 'organization.csv' } as const;

type CordisPart = keyof typeof CORDIS_PARTS;

/**
 * The two CSV files of a CORDIS export from a `multipart/form-data` body
 * (`curl -F projects=@project.csv -F organisations=@organization.csv`),
 * parsed by the platform's own form-data reader (Node's fetch `Response`),
 * each file named as its part names it. A body that is not such a form, a
 * missing or repeated file, an unknown field or a file name that is not
 * one is a DatasetError naming the part.
 */
export async function readCordisUpload(
  body: Buffer,
  contentType: string | undefined,
): Promise<Pick<CordisInput, CordisPart>> {
  const refuse = (where: string, message: string): DatasetError =>
    new DatasetError([{ file: 'upload', where, message }]);
  if (!contentType?.toLowerCase().startsWith('multipart/form-data')) {
    throw refuse(
      'content-type',
      'must be multipart/form-data with the files "projects" (project.csv) and "organisations" (organization.csv)',
    );
  }
  let form: FormData;
  try {
    form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
  } catch (error) {
    throw refuse('body', `is not a readable multipart form (${(error as Error).message})`);
  }
  const problems: DatasetProblem[] = [];
  for (const field of new Set(form.keys())) {
    if (!(field in CORDIS_PARTS)) {
      problems.push({
        file: 'upload',
        where: field.slice(0, 100),
        message: 'is not a field of a CORDIS upload (only "projects" and "organisations")',
      });
    }
  }
  const part = async (field: CordisPart): Promise<CordisCsvFile> => {
    const values = form.getAll(field);
    const [value] = values;
    if (values.length !== 1 || typeof value === 'string' || value === undefined) {
      problems.push({
        file: 'upload',
        where: field,
        message: `must be exactly one file (the CORDIS ${CORDIS_PARTS[field]}), but got ${values.length === 1 ? 'a text field' : `${values.length} files`}`,
      });
      return { name: CORDIS_PARTS[field], data: Buffer.alloc(0) };
    }
    const name = value.name || CORDIS_PARTS[field];
    if (!UPLOAD_FILE_NAME.test(name)) {
      problems.push({
        file: name.slice(0, 100),
        where: field,
        message: 'the file name must be letters, digits, ".", "_" and "-" (at most 100)',
      });
    }
    return { name, data: Buffer.from(await value.arrayBuffer()) };
  };
  const projects = await part('projects');
  const organisations = await part('organisations');
  if (projects.name === organisations.name) {
    problems.push({
      file: organisations.name,
      where: 'organisations',
      message: 'must have another file name than the projects file: problems name the file',
    });
  }
  if (problems.length > 0) throw new DatasetError(problems);
  return { projects, organisations };
}
