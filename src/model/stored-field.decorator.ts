// type-graphql's decorators need the metadata API; loaded here so that code using the
// models outside the server (the importers, their tests) gets it too.
import 'reflect-metadata';
import { Field, getMetadataStorage, type FieldOptions } from 'type-graphql';

/** What `@Field` takes first: a function returning the field's GraphQL type. */
type ReturnTypeFunc = Parameters<typeof Field>[0];

/** A type-graphql object or input type class. */
type ModelClass = abstract new (...args: never[]) => object;

const storedByModel = new Map<object, string[]>();

/**
 * A field read straight from the property of the same name on the entity's
 * node: the one statement of which properties an entity stores. The stored
 * field lists that statements fetch, the fields editors may write and clear,
 * and the import's property mapping are all derived from these marks.
 */
export function StoredField(returnType: ReturnTypeFunc, options: FieldOptions): PropertyDecorator {
  const field = Field(returnType, options);
  return (prototype, property) => {
    field(prototype, property);
    const model = prototype.constructor;
    const stored = storedByModel.get(model) ?? [];
    stored.push(String(property));
    storedByModel.set(model, stored);
  };
}

/** The stored properties of a model class, in declaration order. */
export function storedPropertiesOf(model: ModelClass): readonly string[] {
  const stored = storedByModel.get(model);
  if (!stored) throw new Error(`${model.name} declares no @StoredField`);
  return stored;
}

/** The GraphQL fields a class declares, with whether each is nullable. */
function declaredFields(target: ModelClass): Map<string, boolean> {
  const fields = getMetadataStorage().fields.filter((field) => field.target === target);
  return new Map(fields.map((field) => [field.name, Boolean(field.typeOptions.nullable)]));
}

/** What an input may write to an entity's stored properties. */
export interface WritableFields {
  /** Stored properties the input carries, in the model's order. */
  readonly fields: readonly string[];
  /** Those an update may clear with null: the ones the model declares nullable. */
  readonly clearable: readonly string[];
}

/**
 * The stored properties of `model` that `input` (an input type class) can
 * set, apart from those a statement writes in its own way (`except`: the
 * key, aliases merged rather than replaced). Clearable are the optional ones.
 */
export function writableFields(
  model: ModelClass,
  input: ModelClass,
  except: readonly string[] = ['id', 'aliases'],
): WritableFields {
  const modelFields = declaredFields(model);
  const inputFields = declaredFields(input);
  const fields = storedPropertiesOf(model).filter(
    (property) => inputFields.has(property) && !except.includes(property),
  );
  return { fields, clearable: fields.filter((property) => modelFields.get(property) === true) };
}

/**
 * The stored properties of `model` a record has, without undefined values
 * (`SET n += props` must not erase what another source said) and without the
 * `except` ones a statement writes in its own way.
 */
export function storedPropsOf(
  record: object,
  model: ModelClass,
  except: readonly string[] = ['id', 'aliases'],
): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const property of storedPropertiesOf(model)) {
    const value = (record as Record<string, unknown>)[property];
    if (value !== undefined && !except.includes(property)) props[property] = value;
  }
  return props;
}

/**
 * What an input type implements: any field of its model, of the model's type
 * (null where the input leaves or clears it), so that a field shared by the
 * two cannot drift to another type.
 */
export type InputOf<Model> = { [Field in keyof Model]?: Model[Field] | null };
