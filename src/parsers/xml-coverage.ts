import { XmlError } from './xml-error.js'
import type { StartTag, XmlHandler } from './xml-handler.js'
import { XmlTokenizer } from './xml-tokenizer.js'
import { CoberturaHandler } from './cobertura.js'
import { CoverageError } from './coverage-summary.js'
import type { CoverageSummary } from './coverage-summary.js'
import { JacocoHandler } from './jacoco.js'

type FormatHandler = XmlHandler & { summary(): CoverageSummary }

/** Hands the document to the Cobertura or JaCoCo reader, chosen by the root element. */
class ByRoot implements XmlHandler {
  wantText = false
  inner: FormatHandler | undefined

  open(name: string, selfClosing: boolean, tag: StartTag): void {
    if (!this.inner) {
      if (name === 'coverage') this.inner = new CoberturaHandler()
      else if (name === 'report') this.inner = new JacocoHandler()
      else
        throw new CoverageError(
          `XML coverage: root element <${name}> is neither <coverage> (Cobertura) nor <report> (JaCoCo)`
        )
    }
    this.inner.open(name, selfClosing, tag)
  }

  close(name: string): void {
    this.inner?.close(name)
  }

  text(): void {}
}

/**
 * Cobertura or JaCoCo XML through the shared tokenizer: no DTD is processed. JaCoCo (and Java Cobertura)
 * write a DOCTYPE naming an external DTD; it is skipped unread, while an internal subset is refused.
 */
export function parseXmlCoverage(text: string): CoverageSummary {
  const handler = new ByRoot()
  const tokenizer = new XmlTokenizer(handler)
  try {
    tokenizer.write(text)
    tokenizer.end()
  } catch (e) {
    if (e instanceof XmlError) throw new CoverageError(`invalid XML coverage report: ${e.message}`)
    throw e
  }
  if (!handler.inner) throw new CoverageError('XML coverage: no root element')
  return handler.inner.summary()
}
