// V8 gives the instances of a class a hidden class (a shape) made field by field from the class's initial one,
// and keeps those shapes only while some instance still has them. The parser's readers live for one parse, so a
// full garbage collection between two parses dropped their shapes, and with them the optimised code of every
// method that reads their fields: the next parse of a large journal ran unoptimised until compiled again, two
// to four times as long on the lines alone. One instance of each such class, kept here, keeps its shape.
const kept: object[] = [];

/**
 * Keeps `instance` (and so the shape of its class's instances) alive for as long as the program runs. Call it
 * once per class, at module load, with an instance made as the class's constructor makes them.
 */
export function keepClassShape(instance: object): void {
  kept.push(instance);
}
