import type { Citation } from '../../eligibility/engine/types.js';
import { BLANK, cite, orBlank, paperDate, type Paper, type PaperInput } from './model.js';
import { fill, paperWords as w } from './paper.words.js';

const ART_17_2: Citation = { law: 'work-injury-regulation', article: 17, paragraph: 2 };
const ART_18: Citation = { law: 'work-injury-regulation', article: 18 };

/** The facts the 工伤认定申请表 asks, in its order, and the materials 工伤保险条例 18 requires. */
export function injuryRecognition({ facts, authorities }: PaperInput): Paper {
  const worker = facts.worker ?? {};
  const injury = facts.injury ?? {};
  const employer = facts.respondents?.find((r) => r.role !== 'general-contractor') ?? facts.respondents?.[0];
  return {
    id: 'injury-recognition',
    title: w.injTitle,
    blocks: [
      { kind: 'paragraph', text: fill(w.injIntro, { citation: cite([ART_17_2]) }) },
      {
        kind: 'fields',
        heading: w.injWorker,
        rows: [
          [w.name, orBlank(worker.name)],
          [w.gender, worker.gender ? w[worker.gender] : BLANK],
          [w.birthDate, paperDate(worker.birthDate)],
          [w.idNumber, orBlank(worker.idNumber)],
          [w.phone, orBlank(worker.phone)],
          [w.address, orBlank(worker.address)],
          [w.injJob, orBlank(facts.work?.job)],
          [w.injStarted, paperDate(facts.claim?.startedWork)],
        ],
      },
      {
        kind: 'fields',
        heading: w.injEmployer,
        rows: [
          [w.injEmployerName, orBlank(employer?.name)],
          [w.injEmployerAddress, orBlank(employer?.address ?? facts.work?.site)],
          [w.phone, orBlank(employer?.phone)],
        ],
      },
      {
        kind: 'fields',
        heading: w.injEvent,
        rows: [
          [w.injDate, paperDate(injury.date)],
          [w.injPlace, orBlank(injury.place)],
          [w.injPart, orBlank(injury.bodyPart)],
          [w.injHospital, orBlank(injury.hospital)],
          [w.injDiagnosis, orBlank(injury.diagnosis)],
          [w.injHow, orBlank(injury.how)],
          [w.injEmployerApplied, injury.employerApplied === undefined ? BLANK : injury.employerApplied ? w.yes : w.no],
        ],
      },
      { kind: 'paragraph', text: w.injRequest },
      { kind: 'list', heading: fill(w.injMaterials, { citation: cite([ART_18]) }), items: [...w.injMaterialList] },
      { kind: 'salute', to: authorities.injuryRecognition ?? w.injBlankAuthority },
      { kind: 'closing', lines: [w.sign, w.signDate] },
    ],
    footer: w.footer,
  };
}
