import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Rows of each introspection list (`__Schema.types`, `__Type.fields` …),
 * measured on the schema itself: the number of types, and for the lists of
 * one type or field the average length, rounded up. Averages, not maxima:
 * `types × fields per type` is then about the schema's real number of fields,
 * so one full introspection costs about what it returns, and every alias of
 * `types` costs that again.
 */
export function introspectionBounds(schema: GraphQLSchema): Readonly<Record<string, number>> {
  const types = Object.values(schema.getTypeMap());
  const objects = types.filter((type) => isObjectType(type) || isInterfaceType(type));
  const fields = objects.flatMap((type) => Object.values(type.getFields()));
  const inputs = types.filter(isInputObjectType);
  const enums = types.filter(isEnumType);
  const abstract = types.filter((type) => isUnionType(type) || isInterfaceType(type));
  const directives = schema.getDirectives();
  const average = (total: number, count: number): number =>
    Math.max(1, Math.ceil(total / Math.max(count, 1)));
  const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

  const fieldArgs = average(sum(fields.map((field) => field.args.length)), fields.length);
  return {
    '__Schema.types': types.length,
    '__Schema.directives': directives.length,
    '__Type.fields': average(fields.length, objects.length),
    '__Type.inputFields': average(
      sum(inputs.map((type) => Object.keys(type.getFields()).length)),
      inputs.length,
    ),
    '__Type.enumValues': average(sum(enums.map((type) => type.getValues().length)), enums.length),
    '__Type.interfaces': average(
      sum(objects.map((type) => type.getInterfaces().length)),
      objects.length,
    ),
    // Asked of every type, answered by the abstract ones only: averaged over all types, so that
    // `types × possibleTypes` is about the schema's real number (an interface with 15
    // implementations must not count 15 for each of 300 types).
    '__Type.possibleTypes': average(
      sum(abstract.map((type) => schema.getPossibleTypes(type).length)),
      types.length,
    ),
    '__Field.args': fieldArgs,
    '__Directive.args': average(
      sum(directives.map((directive) => directive.args.length)),
      directives.length,
    ),
  };
}
