import { defineMove, t } from '../define';
import { flat, floor, hand, hipHighlight, holds, leg, poses, seat, seen } from '../figure/notation';

export default defineMove({
  perSide: true,
  timer: { kind: 'hold', seconds: 30 },
  steps: [
    t(
      'Use a chair that cannot roll and has no armrest on one side; sit sideways on it.',
      'Usa una silla que no pueda rodar y sin reposabrazos en un lado; siéntate de lado.',
    ),
    t(
      'Let the outer knee drop toward the floor beside the chair.',
      'Deja caer la rodilla exterior hacia el suelo, junto a la silla.',
    ),
    t(
      'Reach back, hold that ankle, and draw the heel toward you.',
      'Lleva la mano atrás, agarra ese tobillo y acerca el talón hacia ti.',
    ),
    t('Steady yourself with your other hand on the seat.', 'Sujétate al asiento con la otra mano.'),
    t(
      'Tuck your pelvis until the front of the thigh and hip stretch.',
      'Mete la pelvis hasta notar el estiramiento delante del muslo y de la cadera.',
    ),
  ],
  cue: t(
    'Breathe slowly and keep your upper body tall.',
    'Respira despacio y mantén el tronco erguido.',
  ),
  cautions: [
    t(
      'Do not force the heel; stop if the knee feels strained.',
      'No fuerces el talón; para si notas tensión en la rodilla.',
    ),
    t(
      'The chair must not roll or tip: keep most of your weight on the seat.',
      'La silla no debe rodar ni volcar: deja casi todo el peso sobre el asiento.',
    ),
  ],
  easier: t(
    'Loop a scarf around the ankle instead of grabbing it.',
    'Pasa una bufanda alrededor del tobillo en lugar de agarrarlo.',
  ),
  harder: t(
    'Ease the knee slightly further back, keeping the pelvis tucked.',
    'Lleva la rodilla un poco más atrás sin dejar de meter la pelvis.',
  ),
  alt: t(
    'A person sits sideways on a chair, drops one knee toward the floor and holds that ankle behind; the front of that thigh is highlighted.',
    'Una persona sentada de lado en una silla deja caer una rodilla hacia el suelo y agarra ese tobillo por detrás; se resalta la parte delantera de ese muslo.',
  ),
  // From the front: sideways on the seat, the backrest beside the person,
  // the outer thigh down beside the chair and the heel drawn up behind it
  // (the shin points away from the viewer, so it is drawn short).
  figure: {
    view: 'front',
    props: [{ kind: 'chair', x: 100, back: 'right' }],
    seconds: 5,
    showPelvis: true,
    // The tuck and the thigh behind the trunk, seen from the side (the chair
    // further away: the leg hangs beside it).
    inset: {
      view: 'side',
      props: [{ kind: 'chair', x: 62, back: 'left', behind: true }],
      seconds: 5,
      showPelvis: true,
      highlight: hipHighlight('A', 5, 4),
      frames: poses(
        {
          pelvis: seat(98),
          legB: flat(floor(140)),
          armA: holds('ankleA', 'back'),
          armB: hand(seat(62), 'back'),
        },
        { torso: 184, tilt: 6, legA: leg(16, -130, -150) },
        { torso: 182, tilt: -10, legA: leg(-4, -150, -170) },
      ),
    },
    highlight: hipHighlight('A', -2, 6),
    frames: poses(
      {
        pelvis: seat(104),
        roll: 0,
        legB: flat(floor(116), 'near'),
        armA: holds('ankleA', 'near'),
        armB: hand(seat(132), 'near'),
      },
      { torso: 180, tilt: 6, legA: seen([92, 178], [76, 155], -90) },
      { torso: 181, tilt: -10, legA: seen([93, 181], [78, 152], -90) },
    ),
  },
});
