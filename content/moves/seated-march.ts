import { defineMove, t } from '../define';
import { ankle, flat, floor, hand, hipHighlight, poses, seat } from '../figure/notation';

export default defineMove({
  perSide: false,
  timer: { kind: 'reps', count: 16, secondsPerRep: 3 },
  steps: [
    t(
      'Sit back on your chair and hold the sides of the seat; a rolling chair is fine here.',
      'Siéntate al fondo de la silla y sujeta los lados del asiento; aquí vale una silla con ruedas.',
    ),
    t(
      "Lift one foot a hand's width off the floor, knee bent.",
      'Levanta un pie del suelo unos diez centímetros, con la rodilla doblada.',
    ),
    t('Lower it with control, then lift the other.', 'Bájalo con control y luego levanta el otro.'),
    t(
      'Keep alternating slowly, about 8 lifts per leg.',
      'Sigue alternando despacio, unas 8 elevaciones por pierna.',
    ),
    t(
      'Stay upright and do not lean back to lift higher.',
      'Mantén el tronco recto y no te eches atrás para subir más.',
    ),
  ],
  cue: t(
    'This works the muscles that lift your thigh; breathe steadily as you go.',
    'Así trabajan los músculos que suben el muslo; respira con calma mientras lo haces.',
  ),
  cautions: [
    t(
      'Lift only as high as you can without rounding your lower back.',
      'Sube solo hasta donde puedas sin redondear la zona lumbar.',
    ),
    t(
      'Keep one foot on the floor at all times so the chair stays put.',
      'Deja siempre un pie en el suelo para que la silla no se mueva.',
    ),
  ],
  easier: t(
    'Lift only your heels, keeping the balls of your feet down.',
    'Levanta solo los talones y deja la parte delantera del pie en el suelo.',
  ),
  harder: t(
    'Keep each knee up for two slow counts before lowering it.',
    'Mantén cada rodilla arriba mientras cuentas dos despacio antes de bajarla.',
  ),
  alt: t(
    'A person sits holding the sides of the seat and lifts one knee, then lowers it; the lifted thigh is highlighted.',
    'Una persona sentada se sujeta a los lados del asiento y levanta una rodilla, y luego la baja; se resalta el muslo que sube.',
  ),
  figure: {
    view: 'side',
    props: [{ kind: 'chair', x: 56, back: 'left' }],
    seconds: 2.4,
    highlight: hipHighlight('A', 8, -3),
    frames: poses(
      {
        pelvis: seat(80),
        legB: flat(floor(124)),
        armA: hand(seat(92), 'back'),
        armB: hand(seat(90), 'back'),
      },
      { torso: 180, legA: ankle(floor(120), 90, 'up') },
      { torso: 181, legA: ankle(floor(122, 16), 85, 'up') },
    ),
  },
});
