// An async method resumed after an await runs from the job queue, but V8
// still names its frame after the receiver it was called with: "at
// Svc.load", before the await and after it.
const top = (e) => e.stack.split('\n')[1].trim().replace(__filename, 'F');
class Svc {
  async load() {
    console.log('before await', top(new Error('b')));
    await null;
    console.log('after await', top(new Error('a')));
    await this.save();
  }

  async save() {
    await 1;
    console.log('save after await', top(new Error('s')));
  }

  static async make() {
    await null;
    console.log('static after await', top(new Error('m')));
  }
}
new Svc().load().then(() => Svc.make());
