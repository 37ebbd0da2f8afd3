/** A well-formedness or safety problem in an XML document, with its 1-based position. */
export class XmlError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number
  ) {
    super(`${message} (line ${line}, column ${column})`)
    this.name = 'XmlError'
  }
}
